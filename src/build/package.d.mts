export declare const PACKAGE_NAME: string;
export declare const PACKAGE_TARGETS: readonly ['chrome', 'firefox'];
export declare function listFiles(dir: string): Promise<string[]>;
export declare function zipDirectory(dir: string): Promise<Uint8Array>;
export declare function packageFileName(target: string, version: string): string;
export declare function packageExtensions(distRoot: string, version: string): Promise<string[]>;
