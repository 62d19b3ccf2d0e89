/**
 * The real yaml-language-server (what VS Code, JetBrains and Neovim run), driven over standard
 * input and output with the language server protocol, as an editor drives it. One server per test
 * file: start it in beforeAll, stop it in afterAll.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from "vscode-jsonrpc/node";

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

/** The settings an editor user would have: validation and hovers on, no schema fetched from the network. */
const SETTINGS = {
  yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} },
  http: {},
  "[yaml]": {},
  editor: {},
};

export class YamlLanguageServer {
  private version = 0;
  private readonly waiting = new Map<string, (d: Diagnostic[]) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
  ) {
    connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.waiting.get(p.uri)?.(p.diagnostics);
    });
  }

  static async start(): Promise<YamlLanguageServer> {
    const pkg = createRequire(import.meta.url).resolve("yaml-language-server/package.json");
    const child = spawn(process.execPath, [join(dirname(pkg), "bin", "yaml-language-server"), "--stdio"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    connection.onRequest("workspace/configuration", (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (SETTINGS as Record<string, unknown>)[i.section ?? ""] ?? null),
    );
    connection.onRequest("client/registerCapability", () => null);
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onNotification(() => undefined);
    connection.listen();
    const server = new YamlLanguageServer(child, connection);
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          hover: { contentFormat: ["markdown", "plaintext"] },
          publishDiagnostics: {},
          synchronization: {},
        },
      },
    });
    connection.sendNotification("initialized", {});
    connection.sendNotification("workspace/didChangeConfiguration", { settings: SETTINGS });
    return server;
  }

  /** Opens `path` with `text` (the file on disk need not hold it: relative schema paths resolve from `path`) and waits for its diagnostics. */
  diagnostics(path: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    const published = new Promise<Diagnostic[]>((resolve) => this.waiting.set(uri, resolve));
    this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: ++this.version, text },
    });
    return published.finally(() => {
      this.waiting.delete(uri);
      this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
  }

  /** The hover text at a (0-based) line and character of `text` opened as `path`. */
  async hover(path: string, text: string, line: number, character: number): Promise<string> {
    const uri = pathToFileURL(path).href;
    this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: ++this.version, text },
    });
    try {
      const r = (await this.connection.sendRequest("textDocument/hover", {
        textDocument: { uri },
        position: { line, character },
      })) as { contents: { value: string } | string } | null;
      if (r === null) return "";
      return typeof r.contents === "string" ? r.contents : r.contents.value;
    } finally {
      this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 5_000))]);
      this.connection.sendNotification("exit");
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}
