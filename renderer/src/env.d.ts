/// <reference types="vite/client" />

interface BriefwrightBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  /** Commands chosen in the native menu; returns the unsubscribe. */
  onCommand(listener: (id: string) => void): () => void;
}

interface Window {
  /** Present only inside the Electron app (set by the preload). */
  briefwright?: BriefwrightBridge;
}
