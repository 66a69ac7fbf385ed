// The catalogue as a file a methodist opens in Russian Excel and sends back: semicolons, a BOM,
// Russian headers and names; the same file read back gives the same catalogue; the old file with
// codes and commas is still accepted; quoting, BOM and blank lines are handled by the CSV library.
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { catalogCsv, catalogFromFile } from "../../src/bot/render/catalog-csv.js";
import { readCsv } from "../../src/bot/render/csv.js";
import { starterCatalog } from "../../src/domain/catalog.js";

const i18n = createI18n();
const t = (key: string) => i18n.t("ru", key);

describe("the catalogue file", () => {
  it("opens in Russian Excel: BOM, semicolons, Russian headers and names", () => {
    const bytes = catalogCsv(starterCatalog(), t, "ru");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const [header, first] = text.split("\r\n");
    expect(header).toBe("Код;Название;Вид;Форма образования;Уровень;Области компетенций;Часов;Ссылка;Организатор");
    expect(first).toMatch(/;(КПК|вебинар|семинар|мастер-класс|[а-яё -]+);(формальное|неформальное|информальное) образование;(школьный|муниципальный|региональный|федеральный);/);
    expect(text).not.toMatch(/;(non_formal|formal|informal);/);
  });

  it("reads its own file back to the same catalogue", () => {
    const catalog = starterCatalog();
    const back = catalogFromFile(catalogCsv(catalog, t, "ru").toString("utf8"), t, "ru");
    expect(back.errors).toEqual([]);
    expect(back.entries).toEqual(catalog);
  });

  it("still accepts the old file with codes and commas, and semicolon files with quotes and blank lines", () => {
    const old = catalogFromFile("code,title,kind,form,level,areas,hours,url,provider\nmun-1,Семинар,seminar,non_formal,municipal,functional_literacy,6,,ММС\n", t, "ru");
    expect(old.errors).toEqual([]);
    expect(old.entries[0]).toMatchObject({ code: "mun-1", kind: "seminar", form: "non_formal", level: "municipal", hours: 6 });
    const quoted = catalogFromFile('\uFEFFКод;Название;Вид;Форма образования;Уровень;Области компетенций;Часов;Ссылка;Организатор\r\nx-1;"Семинар ""Смысловое чтение""; часть 1";семинар;неформальное образование;муниципальный;functional_literacy|methodical;4;;ММС\r\n\r\n', t, "ru");
    expect(quoted.errors).toEqual([]);
    expect(quoted.entries[0]).toMatchObject({ code: "x-1", title: 'Семинар "Смысловое чтение"; часть 1', areas: ["functional_literacy", "methodical"], hours: 4 });
  });

  it("a file with broken quoting gives no rows rather than a crash", () => {
    expect(readCsv('a;"b\nc;d"e"f')).toEqual(expect.any(Array));
    expect(catalogFromFile("", t, "ru").errors[0]).toMatchObject({ code: "catalog_bad_header" });
  });
});
