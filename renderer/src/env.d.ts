/// <reference types="vite/client" />

interface BriefwrightBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

interface Window {
  /** Present only inside the Electron app (set by the preload). */
  briefwright?: BriefwrightBridge;
}
