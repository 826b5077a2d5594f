import { Text } from "@mantine/core";

/** A small label over a value, as the phone cards of the IKI tables show them. */
export function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
