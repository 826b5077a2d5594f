import { Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A screen's title with one line saying what it is for. */
export function PageHeader({ title, intro }: { title: string; intro?: ReactNode }) {
  return (
    <div>
      <Title order={2}>{title}</Title>
      {intro && (
        <Text c="dimmed" size="sm" maw={820}>
          {intro}
        </Text>
      )}
    </div>
  );
}
