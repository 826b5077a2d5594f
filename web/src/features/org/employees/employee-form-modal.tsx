import { Alert, Group, Modal, Radio, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type CreateEmployee,
  createEmployeeSchema,
  type Employee,
  type EmploymentStatus,
  employeeApi,
  formatNip,
  golonganPnsValues,
  golonganPppkValues,
  isGolonganFor,
  pangkatLabel,
} from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { maxLengthOf, schemaValidation } from "../../../lib/form-schema";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";
import { NipField, nipErrorCode } from "./nip-field";

type Values = {
  status: EmploymentStatus;
  nip: string;
  name: string;
  frontTitle: string;
  backTitle: string;
  golongan: string | null;
  email: string;
};

type Props = {
  opened: boolean;
  onClose: () => void;
  /** The employee to edit; without it the form adds a new one. */
  employee?: Employee;
  onSaved?: (employee: Employee) => void;
};

export function EmployeeFormModal({ opened, onClose, employee, onSaved }: Props) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={employee ? t("employees.form.editTitle") : t("employees.form.createTitle")}
    >
      <EmployeeForm employee={employee} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function initialValues(employee?: Employee): Values {
  return {
    status: employee?.status ?? "pns",
    nip: employee ? formatNip(employee.nip) : "",
    name: employee?.name ?? "",
    frontTitle: employee?.frontTitle ?? "",
    backTitle: employee?.backTitle ?? "",
    golongan: employee?.golongan ?? null,
    email: employee?.email ?? "",
  };
}

function golonganOptions(status: EmploymentStatus) {
  const values: readonly string[] = status === "pns" ? golonganPnsValues : golonganPppkValues;
  return values.map((value) => ({ value, label: pangkatLabel(value) }));
}

const fields = createEmployeeSchema.shape;
/** The NIP is checked by the domain's parser instead, which says what is wrong (digits, birth date, gender code). */
const formSchema = createEmployeeSchema.omit({ nip: true });
const withoutNip = ({ nip, ...values }: Values) => ({ ...values, email: values.email.trim() });

function useEmployeeForm(employee?: Employee) {
  const t = useT();
  return useForm<Values>({
    initialValues: initialValues(employee),
    ...schemaValidation(formSchema, {
      input: withoutNip,
      rules: (values: Values) => {
        const code = nipErrorCode(values.status, values.nip);
        return { nip: code ? t(`employees.nipError.${code}`) : null };
      },
    }),
  });
}

function EmployeeForm({ employee, onClose, onSaved }: Omit<Props, "opened">) {
  const t = useT();
  const form = useEmployeeForm(employee);
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const save = useMutation({
    mutationFn: (body: CreateEmployee) =>
      employee
        ? call(employeeApi.update, { params: { id: employee.id }, body: { ...body, version: employee.version } })
        : call(employeeApi.create, { body }),
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({
        color: "green",
        message: employee ? t("employees.saved") : t("employees.created", { name: saved.displayName }),
      });
      onClose();
      onSaved?.(saved);
    },
    onError: (error) => handleError(error, form, onClose),
  });
  // Checked already: the schema trims the texts and turns empty titles and e-mail into null.
  const submit = (values: Values) =>
    save.mutate(createEmployeeSchema.parse({ ...withoutNip(values), nip: values.nip }));
  const changeStatus = (value: string) => {
    const status: EmploymentStatus = value === "pppk" ? "pppk" : "pns";
    form.setFieldValue("status", status);
    form.clearFieldError("nip");
    if (form.values.golongan && !isGolonganFor(status, form.values.golongan)) {
      form.setFieldValue("golongan", null);
    }
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="employee-form">
      <Stack>
        <Radio.Group label={t("employees.form.status")} required value={form.values.status} onChange={changeStatus}>
          <Group mt={6}>
            <Radio value="pns" label={t("status.pns")} />
            <Radio value="pppk" label={t("status.pppk")} />
          </Group>
        </Radio.Group>
        <NipField
          status={form.values.status}
          value={form.values.nip}
          onChange={(value) => form.setFieldValue("nip", value)}
          onBlur={() => form.validateField("nip")}
          error={form.errors.nip}
        />
        <TextInput
          label={t("employees.form.name")}
          required
          autoComplete="off"
          maxLength={maxLengthOf(fields.name)}
          {...form.getInputProps("name")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("employees.form.frontTitle")}
            placeholder="Drs."
            maxLength={maxLengthOf(fields.frontTitle)}
            {...form.getInputProps("frontTitle")}
          />
          <TextInput
            label={t("employees.form.backTitle")}
            placeholder="S.E., M.Si."
            maxLength={maxLengthOf(fields.backTitle)}
            {...form.getInputProps("backTitle")}
          />
        </SimpleGrid>
        <Select
          label={form.values.status === "pns" ? t("employees.form.golonganPns") : t("employees.form.golonganPppk")}
          placeholder={t("employees.form.golonganPlaceholder")}
          required
          searchable
          data={golonganOptions(form.values.status)}
          {...form.getInputProps("golongan")}
        />
        <TextInput label={t("employees.form.email")} type="email" autoComplete="off" {...form.getInputProps("email")} />
        {!employee && <Alert color="blue">{t("employees.form.accountHint")}</Alert>}
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
