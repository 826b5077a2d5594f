import { Badge } from "@mantine/core";
import type { AccountState } from "@simkin/domain";
import { useT } from "../../../i18n/i18n";

const colors: Record<AccountState, string> = { aktif: "green", belum_diaktifkan: "orange", nonaktif: "red" };

/** aktif / belum diaktifkan / nonaktif; "no account" when the employee has none. */
export function AccountStateBadge({ state }: { state: AccountState | null }) {
  const t = useT();
  if (state === null) {
    return (
      <Badge variant="outline" color="gray">
        {t("account.none")}
      </Badge>
    );
  }
  return (
    <Badge
      variant="light"
      color={colors[state]}
      styles={{ label: { overflow: "visible" } }}
      data-testid="account-state"
    >
      {t(`account.state.${state}`)}
    </Badge>
  );
}
