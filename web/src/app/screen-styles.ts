// Mantine's whole stylesheet, for every screen after the sign-in page (routes.tsx loads it with each lazy screen).
// It repeats the sign-in page's rules in Mantine's own order, so the cascade is the same as with one sheet.
import "@mantine/core/styles.css";
