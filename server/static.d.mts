import type { Server } from 'node:http';

/** File extension (with dot, lower case) to Content-Type. */
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;

/** The Content-Type served for a file path (application/octet-stream when unknown). */
export declare function contentTypeFor(filePath: string): string;

/** Creates (but does not start) an HTTP server that serves the files under rootDir. */
export declare function createStaticServer(rootDir: string): Server;

/** Starts serving rootDir (default out/, PORT or 3000, HOST or 127.0.0.1) and resolves once listening. */
export declare function startStaticServer(options?: { rootDir?: string; port?: number; host?: string }): Promise<Server>;
