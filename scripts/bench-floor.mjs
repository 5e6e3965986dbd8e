// The benchmark's floor: what any tool must at least do with the text of the files given (or
// of every file under a folder given): read them, split them into words and intern every
// word (a Map from word to an integer id). `--count-to FILE` writes the number of words.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const countAt = args.indexOf('--count-to');
const countTo = countAt === -1 ? null : args[countAt + 1];
const inputs = countAt === -1 ? args : args.filter((_, i) => i !== countAt && i !== countAt + 1);

function files(path) {
  if (!statSync(path).isDirectory()) {
    return [path];
  }
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

const ids = new Map();
let words = 0;
let checksum = 0;
for (const file of inputs.flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) {
    if (word === '') {
      continue;
    }
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    checksum = (checksum + id) | 0;
    words++;
  }
}
if (countTo) {
  writeFileSync(countTo, String(words));
}
process.stdout.write(`${words} words, ${ids.size} distinct, checksum ${checksum}\n`);
