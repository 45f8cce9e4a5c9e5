import type { SnippetPart } from './searchTypes';

/** A search snippet with the matched words marked; text is rendered as text, never as HTML. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <div className="snippet">
      {parts.map((part, i) =>
        part.highlight ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </div>
  );
}
