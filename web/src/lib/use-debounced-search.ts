import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";

/**
 * The search box's text, sent on once typing pauses. A change from outside (the URL, e.g. the menu link that
 * clears the filters) replaces the text instead of being overwritten by it.
 */
export function useDebouncedSearch(current: string, onSearch: (q: string) => void, delay = 350) {
  const [text, setText] = useState(current);
  const [debounced] = useDebouncedValue(text.trim(), delay);
  const sent = useRef(current);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  }, [onSearch]);
  useEffect(() => {
    if (current !== sent.current) {
      sent.current = current;
      setText(current);
    }
  }, [current]);
  useEffect(() => {
    if (debounced !== sent.current) {
      sent.current = debounced;
      onSearchRef.current(debounced);
    }
  }, [debounced]);
  return [text, setText] as const;
}
