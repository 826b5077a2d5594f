import "@mantine/core/styles/ScrollArea.css";
import "@mantine/core/styles/Table.css";
import { Anchor, Card, Table, Text, Title } from "@mantine/core";
import type { DemoAccount } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

/**
 * The demo office's accounts under the sign-in form; a click fills the form. Loaded on its own (login-page.tsx):
 * Mantine's table brings its scroll area and floating-ui, which the sign-in form does not need on a 3G link.
 */
export function DemoAccounts({
  accounts,
  onPick,
}: {
  accounts: DemoAccount[];
  onPick: (account: DemoAccount) => void;
}) {
  const t = useT();
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5">
        {t("login.demoTitle")}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t("login.demoHint", { password: accounts[0]?.password ?? "" })}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table fz="xs" verticalSpacing={4}>
          <Table.Tbody>
            {accounts.map((account) => (
              <Table.Tr key={account.username}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => onPick(account)}>
                    {account.username}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" fw={500}>
                    {account.persona}
                  </Text>
                  {account.name && (
                    <Text size="xs" c="dimmed">
                      {account.name}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
