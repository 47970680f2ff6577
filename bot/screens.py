"""What the chat shows people, as plain values: buttons.

Shared by the dialog engine, the handlers and the notice renderer, so that none of them
imports another to get it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Button:
    label: str
    data: str
