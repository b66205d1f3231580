// Print a PDF's text as pdf.js's viewer (Firefox's) copies it: each page's text items in
// order, a line break after an item that ends its line (hasEOL), pages joined by a line break.
// Page N alone when a second argument N is given. Run by tests/bench/pdf_paste.py --pdfjs DIR
// (DIR holds node_modules/pdfjs-dist: npm install pdfjs-dist in it); node imports it from DIR.
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

const [folder, file, only] = process.argv.slice(2);
const module = path.join(folder, "node_modules/pdfjs-dist/legacy/build/pdf.mjs");
const { getDocument } = await import(pathToFileURL(module).href);
const data = new Uint8Array(fs.readFileSync(file));
const doc = await getDocument({ data, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= doc.numPages; number++) {
  if (only && Number(only) !== number) continue;
  const content = await (await doc.getPage(number)).getTextContent();
  let text = "";
  for (const item of content.items) {
    text += item.str;
    if (item.hasEOL) text += "\n";
  }
  pages.push(text);
}
process.stdout.write(pages.join("\n"));
