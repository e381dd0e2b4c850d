// `beleefd lsp`: a language server over stdin/stdout. Diagnostics on open and (debounced) on
// change, code actions, hover on a diagnostic; configs re-read when one changes. Loaded only for
// this subcommand, so the linter's own start-up never pays for it.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { createConnection, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { builtinRules } from "../../rules/index.js";
import { ConfigLoader } from "../config/load.js";
import { ruleUrl } from "../formatters/tool.js";
import type { Rule } from "../types.js";
import { codeActions, type Reported } from "./code-actions.js";
import { toDiagnostic } from "./diagnostics.js";
import { hoverAt } from "./hover.js";
import { documentPath, isLinted, lintDocument } from "./lint-document.js";

/** Typing pauses shorter than this do not start a new run. */
const DEBOUNCE_MS = 200;
const CONFIG_FILE = /(?:^|[\\/])(?:\.beleefdrc(?:\.json|\.ya?ml)?|package\.json|\.beleefdignore)$/;

interface Linted {
  version: number;
  path: string;
  reported: Reported[];
  rules: Readonly<Record<string, Rule>>;
}

function workspaceRoot(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith("file:") ? fileURLToPath(uri) : process.cwd();
}

export function startServer(connection: Connection = createConnection(process.stdin, process.stdout)): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Per document, the number of the last lint started, so only the newest result is shown. */
  const latestRun = new Map<string, number>();
  let root = process.cwd();
  let loader = newLoader();

  function newLoader(): ConfigLoader {
    // The workspace root plays the CLI's working directory: configs there or above may load plugins.
    return new ConfigLoader({ cwd: root, builtinRules, onNote: (note) => connection.console.info(`beleefd: let op: ${note}`) });
  }

  function urlOf(rules: Readonly<Record<string, Rule>>) {
    return (ruleId: string) => ruleUrl(ruleId, rules[ruleId]?.meta);
  }

  async function lint(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const path = documentPath(document, root);
    const version = document.version;
    const run = (latestRun.get(uri) ?? 0) + 1;
    latestRun.set(uri, run);
    let diagnosticsOf: Linted | undefined;
    try {
      const done = isLinted(path, document.getText()) ? await lintDocument(document, path, loader, root) : undefined;
      if (done) {
        const url = urlOf(done.rules);
        const reported = done.result.messages.map((message) => ({ message, diagnostic: toDiagnostic(message, document, url) }));
        diagnosticsOf = { version, path, reported, rules: done.rules };
      }
    } catch (error) {
      // A bug must not take the editor's linter down: say so once, keep serving.
      connection.console.error(`beleefd kon ${path} niet controleren: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return;
    }
    // A newer run (an edit, a config change) or a close came while this one ran: its result is stale.
    if (latestRun.get(uri) !== run || !documents.get(uri)) return;
    if (diagnosticsOf) linted.set(uri, diagnosticsOf);
    else linted.delete(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf?.reported.map((r) => r.diagnostic) ?? [] });
  }

  function lintLater(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void lint(uri);
      }, DEBOUNCE_MS),
    );
  }

  let mayWatchFiles = false;
  connection.onInitialize((params) => {
    root = workspaceRoot(params);
    loader = newLoader();
    mayWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
        hoverProvider: true,
      },
      serverInfo: { name: "beleefd" },
    };
  });

  // Clients watch files only when asked: the config files the nearest-config lookup reads.
  connection.onInitialized(() => {
    if (!mayWatchFiles) return;
    const watchers = ["**/.beleefdrc*", "**/package.json", "**/.beleefdignore"].map((globPattern) => ({ globPattern }));
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  });

  // An opened document is linted at once; didOpen also fires a content change, skipped here.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    void lint(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!justOpened.delete(document.uri)) lintLater(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!changes.some((change) => CONFIG_FILE.test(change.uri))) return;
    loader = newLoader();
    for (const document of documents.all()) void lint(document.uri);
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    const entry = linted.get(textDocument.uri);
    if (!document || !entry || entry.version !== document.version) return [];
    return codeActions(document, extname(entry.path).toLowerCase(), entry.reported, range);
  });

  connection.onHover(({ textDocument, position }) => {
    const entry = linted.get(textDocument.uri);
    return entry ? hoverAt(entry.reported, position, entry.rules, urlOf(entry.rules)) : null;
  });

  documents.listen(connection);
  connection.listen();
}
