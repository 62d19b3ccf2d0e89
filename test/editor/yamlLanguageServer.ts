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
  type Message,
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

/**
 * Writes to the server while it runs. The library answers the server's own requests by itself, and an
 * answer written after the server has exited (it may ask for settings while shutting down) would
 * reject where no test awaits it. A message for a server that has gone is dropped; a test that needed
 * it fails on its own expectation instead.
 */
class ToServer extends StreamMessageWriter {
  constructor(private readonly child: ChildProcess) {
    super(child.stdin!);
  }
  override async write(message: Message): Promise<void> {
    try {
      await super.write(message);
    } catch (error) {
      if (this.child.exitCode === null && this.child.signalCode === null && !this.child.stdin!.destroyed) throw error;
    }
  }
}

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
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new ToServer(child));
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
    await connection.sendNotification("initialized", {});
    await connection.sendNotification("workspace/didChangeConfiguration", { settings: SETTINGS });
    return server;
  }

  /** Opens `path` with `text` (the file on disk need not hold it: relative schema paths resolve from `path`) and waits for its diagnostics. */
  async diagnostics(path: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    const published = new Promise<Diagnostic[]>((resolve) => this.waiting.set(uri, resolve));
    try {
      await this.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: ++this.version, text },
      });
      return await published;
    } finally {
      this.waiting.delete(uri);
      await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
  }

  /** The hover text at a (0-based) line and character of `text` opened as `path`. */
  async hover(path: string, text: string, line: number, character: number): Promise<string> {
    const uri = pathToFileURL(path).href;
    await this.connection.sendNotification("textDocument/didOpen", {
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
      await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
  }

  /** Closes the pipe to the server as its exit does, to test what happens to messages after. */
  closeInputForTest(): void {
    this.child.stdin!.destroy();
  }

  /**
   * Asks the server to shut down and exit, then waits for it to go. Every message may meet a server
   * that has already gone (a loaded machine, a crash): each promise is settled here, so none is left to
   * reject after the test file ends.
   */
  async stop(): Promise<void> {
    const gone = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once("exit", () => resolve());
    });
    // A closed connection throws at once; an open one may reject later, even after the race, or never answer.
    const within = (send: () => Promise<unknown>) =>
      Promise.race([
        Promise.resolve()
          .then(send)
          .catch(() => undefined),
        gone,
        delay(5_000),
      ]);
    try {
      await within(() => this.connection.sendRequest("shutdown"));
      await within(() => this.connection.sendNotification("exit"));
      await within(() => gone);
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
