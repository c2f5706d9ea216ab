// Which table a broadcast or an injected event goes to: one of them, or all (the empty value).
import { t } from "../i18n/index.ts";
import type { ConsoleTable } from "./fapi.ts";

export function TargetSelect({
  id,
  tables,
  value,
  onChange,
}: {
  id: string;
  tables: ConsoleTable[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div class="field fac-target">
      <label for={id}>{t("f.target")}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t("f.all")}</option>
        {tables.map((table) => (
          <option key={table.tableId} value={table.tableId}>
            {t("f.table", { n: table.number })} · {table.code}
          </option>
        ))}
      </select>
    </div>
  );
}
