import { Center, Loader } from "@mantine/core";

/** Shown while a lazily loaded screen arrives. */
export function PageLoader() {
  return (
    <Center h="50vh">
      <Loader />
    </Center>
  );
}
