#!/usr/bin/env python3
"""Counts the Arabic string (and char) literals in Java sources, comments excluded.

Usage: tools/arabic-literals.py [--list] [DIR ...]   (default DIR: src/main/java)

Word lists belong in the lexicon files (docs/lexicons.md); this count shows what is still
written in code. With --list every literal is printed as FILE:LINE: LITERAL.
"""
import os
import re
import sys

ARABIC = re.compile('[\u0600-\u06FF]')


def literals(src):
    """Yields (kind, line, text) for every string, text block and char literal outside comments."""
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
        elif src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            line += src.count('\n', i, j)
            i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            j = n if j < 0 else j + 3
            yield 'string', line, src[i:j]
            line += src.count('\n', i, j)
            i = j
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            yield ('string' if c == '"' else 'char'), line, src[i:j + 1]
            i = j + 1
        else:
            i += 1


def main(argv):
    show = '--list' in argv
    dirs = [a for a in argv if not a.startswith('--')] or ['src/main/java']
    per_file, strings, chars = {}, 0, 0
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in sorted(files):
                if not f.endswith('.java'):
                    continue
                path = os.path.join(root, f)
                with open(path, encoding='utf-8') as fh:
                    src = fh.read()
                for kind, line, text in literals(src):
                    if not ARABIC.search(text):
                        continue
                    if kind == 'string':
                        strings += 1
                        per_file[path] = per_file.get(path, 0) + 1
                    else:
                        chars += 1
                    if show:
                        print(f'{path}:{line}: {text}')
    for path, k in sorted(per_file.items(), key=lambda e: -e[1]):
        print(f'{k:5d}  {path}')
    print(f'{strings:5d}  Arabic string literals')
    print(f'{chars:5d}  Arabic char literals')


if __name__ == '__main__':
    main(sys.argv[1:])
