import { defineMessages } from "../../i18n/define";

export const employeesMessages = defineMessages({ "employees.title": "Pegawai" }, { "employees.title": "Employees" });
