/** Badges show their whole label: in a tight table cell Mantine would otherwise cut the last letters off. */
export const fullLabel = { label: { overflow: "visible" } } as const;
