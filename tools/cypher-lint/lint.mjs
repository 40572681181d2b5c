// Checks Cypher statements with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support). Input: a JSON array, from the file named by the first argument
// or from stdin, whose items are either a statement string or {"statement": "...", "parameters": ["rows", ...]}
// or {"script": "...", "consoleCommands": true} for a multi-statement script with :param lines.
// Parameters an item declares are known to the analyser; any other $parameter is an error, so a
// misspelt parameter name fails the lint. Exits 1 on any error-severity diagnostic, 2 on bad input.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's ESM build imports extensionless paths that Node refuses; its CommonJS build loads.
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support');

const ErrorSeverity = 1;

function readInput() {
  const source = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : readFileSync(0, 'utf8');
  const items = JSON.parse(source);
  if (!Array.isArray(items)) {
    throw new Error('expected a JSON array of statements');
  }
  return items.map((item) =>
    typeof item === 'string'
      ? { statement: item, parameters: [], consoleCommands: false }
      : { statement: item.statement ?? item.script, parameters: item.parameters ?? [], consoleCommands: item.consoleCommands === true });
}

let items;
try {
  items = readInput();
} catch (error) {
  console.error(`cypher-lint: cannot read the statements: ${error.message}`);
  process.exit(2);
}

let errors = 0;
items.forEach(({ statement, parameters, consoleCommands }, index) => {
  const declared = Object.fromEntries(parameters.map((name) => [name, null]));
  const diagnostics = lintCypherQuery(statement, { parameters: declared }, consoleCommands);
  for (const diagnostic of diagnostics.filter((d) => d.severity === ErrorSeverity)) {
    errors++;
    const { line, character } = diagnostic.range.start;
    console.error(`statement ${index + 1}, line ${line + 1}, column ${character + 1}: ${diagnostic.message}`);
    console.error(`  ${statement.split('\n')[line] ?? ''}`);
  }
});

console.log(`cypher-lint: ${items.length} statement(s), ${errors} error(s)`);
process.exit(errors === 0 ? 0 : 1);
