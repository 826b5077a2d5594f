import { Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A screen's title with one line saying what it is for, and its help button beside the title when given. */
export function PageHeader({ title, intro, help }: { title: string; intro?: ReactNode; help?: ReactNode }) {
  const heading = <Title order={2}>{title}</Title>;
  return (
    <div>
      {help ? (
        <Group gap="xs" wrap="nowrap">
          {heading}
          {help}
        </Group>
      ) : (
        heading
      )}
      {intro && (
        <Text c="dimmed" size="sm" maw={820}>
          {intro}
        </Text>
      )}
    </div>
  );
}
