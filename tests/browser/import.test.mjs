// Files dropped on the editor are read by the same Rust code as the CLI's
// (engine::input), compiled to wasm: UTF-16 text, HTML pages as paragraphs,
// Word documents, and a clear refusal for PDFs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPage, ready, ROOT, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

/** Opens the editor; returns the page, its errors and a function that drops a file on the right pane. */
async function editor() {
  const opened = await openPage(browser, server.url);
  await ready(opened.page);
  await opened.page.getByTestId("mode").click();
  await opened.page.getByTestId("text-right").waitFor();
  const drop = async (name, bytes) => {
    const handle = await opened.page.evaluateHandle(
      ({ name, bytes }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name));
        return dt;
      },
      { name, bytes: [...bytes] },
    );
    await opened.page.getByTestId("editor-right").dispatchEvent("drop", { dataTransfer: handle });
  };
  return { ...opened, drop };
}

const rightText = (page, text) =>
  page.waitForFunction((t) => document.querySelector('[data-testid="text-right"]').value === t, text);

test("UTF-16, HTML and Word files become the pane's text", async () => {
  const { page, errors, context, drop } = await editor();

  // (A textarea reports every line break as LF, so the text has no CR.)
  const utf16 = "Lavrov said: “cooperation” — 王毅.\n";
  await drop("statement.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, "utf16le")]));
  await rightText(page, utf16);

  const html =
    "<!doctype html><title>Readout</title><nav><a href=/>Home</a><a href=/c>Contact</a></nav>" +
    "<h1>President Niinistö</h1><p>The presidents&nbsp;spoke.<script>alert(1)</script></p><p>They agreed.";
  await drop("readout.html", Buffer.from(html));
  await rightText(page, "President Niinistö\n\nThe presidents\u00a0spoke.\n\nThey agreed.");

  await drop("readout.docx", readFileSync(join(ROOT, "tests/fixtures/readout.docx")));
  await rightText(
    page,
    "Readout of the call\n\nThe two ministers discussed cooperation & the fight against the epidemic.\n\nЛавров поблагодарил коллегу.",
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("a PDF is refused with a message saying to copy its text", async () => {
  const { page, errors, context, drop } = await editor();
  const before = await page.getByTestId("text-right").inputValue();
  await drop("statement.pdf", Buffer.from("%PDF-1.7\n%âãÏÓ\n"));
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  assert.match(await notice.innerText(), /statement\.pdf is a PDF.*copy the text/);
  assert.equal(await page.getByTestId("text-right").inputValue(), before);
  assert.deepEqual(errors, []);
  await context.close();
});
