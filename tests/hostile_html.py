"""Reading built HTML pages for the hostile-input tests: what is text, what is live."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

ACTIVE = ("script", "iframe", "style", "img", "object", "embed", "form", "input", "svg", "math", "link", "meta",
          "base", "frame", "frameset", "video", "audio", "source", "button", "textarea", "select", "template")
"""Elements that run, load or submit something: the article may never add one."""


URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background")


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    text: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return "".join(self.text)


class PageDom(HTMLParser):
    """Elements with their attributes, text by id, the <title>, the header topic and the article's text."""

    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.by_id: dict[str, Element] = {}
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, self._open[-1] if self._open else None)
        self.elements.append(element)
        if "id" in element.attrs:
            self.by_id[element.attrs["id"]] = element
        if tag not in self.VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text.append(data)

    def first(self, tag: str, cls: str | None = None) -> Element:
        for element in self.elements:
            if element.tag == tag and (cls is None or cls in element.attrs.get("class", "").split()):
                return element
        raise AssertionError(f"no <{tag} class={cls}> in the page")

    def children(self, parent: Element) -> list[Element]:
        """Elements nested anywhere inside ``parent``."""
        found = []
        for element in self.elements:
            ancestor = element.parent
            while ancestor is not None and ancestor is not parent:
                ancestor = ancestor.parent
            if ancestor is parent:
                found.append(element)
        return found

    def active_counts(self) -> Counter[str]:
        return Counter(e.tag for e in self.elements if e.tag in ACTIVE)

    def live_attributes(self) -> list[tuple[str, str, str]]:
        """Event handlers and javascript: URLs anywhere in the page."""
        found = []
        for element in self.elements:
            for name, value in element.attrs.items():
                # Browsers drop whitespace and control characters inside a URL's scheme.
                squeezed = "".join(c for c in value if c.isprintable() and not c.isspace()).lower()
                if name.startswith("on") or (name in URL_ATTRIBUTES and squeezed.startswith("javascript:")):
                    found.append((element.tag, name, value))
        return found


def squash(text: str) -> str:
    return " ".join(text.split())
