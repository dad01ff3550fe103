import { forwardRef, useImperativeHandle, useRef } from "react";
import type { ApiIssue } from "../shared/api.js";

export interface YamlEditorHandle {
  /** Selects line `line` (1-based) and focuses the editor. */
  goToLine: (line: number) => void;
}

export interface YamlEditorProps {
  value: string;
  onChange: (text: string) => void;
  issues: ApiIssue[];
  label: string;
}

/** A plain textarea with a line-number gutter; lines with an issue are marked in the gutter. */
export const YamlEditor = forwardRef<YamlEditorHandle, YamlEditorProps>(function YamlEditor(
  { value, onChange, issues, label },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lineCount = value.split("\n").length;
  const bad = new Set(issues.flatMap((i) => (i.line ? [i.line] : [])));
  useImperativeHandle(ref, () => ({
    goToLine(line: number) {
      const textarea = area.current;
      if (!textarea) return;
      const lines = textarea.value.split("\n");
      const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
      textarea.focus();
      textarea.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
      const lineHeight = textarea.scrollHeight / Math.max(1, lines.length);
      textarea.scrollTop = Math.max(0, (line - 5) * lineHeight);
    },
  }));
  return (
    <div className="editor">
      <pre className="gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lineCount }, (_, i) => {
          const n = i + 1;
          return bad.has(n) ? (
            <span key={n} className="bad">
              {n}
              {"\n"}
            </span>
          ) : (
            `${n}\n`
          );
        })}
      </pre>
      <textarea
        ref={area}
        aria-label={label}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        wrap="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
});
