import { Button, Checkbox, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Account, accountApi, assignableRoles, type Role } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

type AssignableRole = (typeof assignableRoles)[number];

const isAssignable = (role: string): role is AssignableRole => (assignableRoles as readonly string[]).includes(role);

/** Super admins grant or withdraw the assigned roles; pegawai and rater roles are never assigned by hand. */
export function RolesForm({ account }: { account: Account }) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const form = useForm({ initialValues: { roles: account.roles.filter(isAssignable) } });
  const save = useMutation({
    mutationFn: (roles: Role[]) =>
      call(accountApi.setRoles, { params: { id: account.id }, body: { roles, version: account.version } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("employees.account.rolesSaved") });
    },
    onError: (error) => handleError(error, form, () => form.reset()),
  });
  return (
    <form onSubmit={form.onSubmit(({ roles }) => save.mutate(roles))} data-testid="roles-form">
      <Stack gap="sm">
        <Checkbox.Group
          label={t("employees.account.rolesEdit")}
          description={t("employees.account.rolesHint")}
          value={form.values.roles}
          onChange={(value) => form.setFieldValue("roles", value.filter(isAssignable))}
          error={form.errors.roles}
        >
          <Stack gap="xs" mt="xs">
            {assignableRoles.map((role) => (
              <Checkbox
                key={role}
                value={role}
                label={t(`role.${role}`)}
                description={t(`employees.account.roleDesc.${role}`)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button type="submit" variant="light" loading={save.isPending} disabled={!form.isDirty()}>
            {t("employees.account.rolesSave")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
