import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { normalizeTagName, suggestTags, type TagCount } from './tagSuggestions';

export interface TagInputProps {
  label: string;
  value: string[];
  onChange: (tags: string[]) => void;
  /** Known tags with their counts, for autocomplete. */
  known: readonly TagCount[];
  autoFocus?: boolean;
  placeholder?: string;
}

/**
 * Chosen tags as removable chips plus a combobox: type a name (hierarchies with `/`), pick a
 * suggestion with the arrow keys, Enter or comma adds, Backspace on an empty field removes the last.
 */
export function TagInput({ label, value, onChange, known, autoFocus, placeholder }: TagInputProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const suggestions = useMemo(() => suggestTags(known, text, value), [known, text, value]);

  const add = (raw: string) => {
    const name = normalizeTagName(raw);
    if (name && !value.includes(name)) onChange([...value, name]);
    setText('');
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && suggestions.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && suggestions.length > 0) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (e.key === 'Enter' || e.key === ',' || (e.key === 'Tab' && text.trim())) {
      const picked = open && active >= 0 ? suggestions[active] : undefined;
      if (picked || text.trim()) {
        e.preventDefault();
        add(picked ? picked.name : text);
      }
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && !text && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const showList = open && text.trim() !== '' && suggestions.length > 0;
  return (
    <div className="tag-input">
      {value.map((tag) => (
        <span key={tag} className="tag-chip">
          {tag}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove tag ${tag}`}
            onClick={() => onChange(value.filter((t) => t !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoFocus={autoFocus}
        value={text}
        placeholder={value.length === 0 ? (placeholder ?? 'Add tags, e.g. region/ukraine') : ''}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          if (text.trim()) add(text);
        }}
      />
      {showList && (
        <ul
          className="tag-suggestions"
          role="listbox"
          id={listId}
          aria-label={`${label} suggestions`}
        >
          {suggestions.map((tag, i) => (
            <li
              key={tag.name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: it fires before the input's blur.
              onMouseDown={(e) => {
                e.preventDefault();
                add(tag.name);
              }}
            >
              <span>{tag.name}</span>
              <span className="count">{tag.count}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
