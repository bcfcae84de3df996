/** Where the copy goes (public/iam-data/). */
export declare const IAM_DATA_OUT: string;
/** The services whose data the worker serves. */
export declare const IAM_DATA_SERVICES: string[];
/** Data files (relative to the package's data/ folder) that the simulations read. */
export declare const IAM_DATA_FILES: string[];
/** Packages whose licence text is copied to licenses/<name>.txt. */
export declare const LICENSED_PACKAGES: string[];
/** The installed package's folder (node_modules/@cloud-copilot/<name>). */
export declare function packageDir(name: string): string;
/** The installed version of a @cloud-copilot package. */
export declare function packageVersion(name: string): Promise<string>;
/** Every file the copy consists of, as [source, destination relative to IAM_DATA_OUT]. */
export declare function copyPlan(): Array<[string, string]>;
/** The manifest written beside the data. */
export declare function manifest(): Promise<Record<string, unknown>>;
/** Serializes the manifest as it is written to disk. */
export declare function manifestText(): Promise<string>;
/** Replaces outDir (default public/iam-data/) with a fresh copy; resolves with the number of entries. */
export declare function copyIamData(outDir?: string): Promise<number>;
