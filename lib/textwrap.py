"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the
TextWrapper class.

Words are split at whitespace and (with break_on_hyphens) after a hyphen
inside a word; lines are filled greedily.  fix_sentence_endings is not
supported yet.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    """Object for wrapping/filling text."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        # alternate runs of whitespace and words; words split after inner hyphens
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    chunks.extend(_split_hyphens(word))
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        pending = list(reversed(chunks))
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # whitespace at the start of a line (other than the first) goes
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            last = not pending or (self.drop_whitespace and len(pending) == 1
                                   and not pending[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    (last and used <= room):
                lines.append(indent + ''.join(line))
                continue
            # the line limit is reached: end with the placeholder
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _handle_long_word(self, pending, line, used, room):
        space_left = max(room - used, 1)
        if self.break_long_words:
            word = pending[-1]
            end = space_left
            if self.break_on_hyphens and len(word) > space_left:
                # prefer to break after the last hyphen that fits
                hyphen = word.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in word[:hyphen]):
                    end = hyphen + 1
            line.append(word[:end])
            pending[-1] = word[end:]
        elif not line:
            line.append(pending.pop())

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of wrapped lines."""
        return self._wrap_chunks(self._split_chunks(text))

    def fill(self, text):
        """Wrap a single paragraph of text, returning a new string."""
        return '\n'.join(self.wrap(text))


def _split_hyphens(word):
    # "well-known" -> "well-", "known"; leading/trailing/double hyphens stay
    parts = []
    start = 0
    for k in range(1, len(word) - 1):
        if word[k] == '-' and word[k - 1].isalnum() and word[k + 1].isalpha():
            parts.append(word[start:k + 1])
            start = k + 1
    parts.append(word[start:])
    return parts


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            # whitespace-only lines are normalised to empty
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
