"""Starts Apertium APy (0.11.7 has no bind-address option) listening on 127.0.0.1 only.

Usage: python3 apy_localhost.py -p PORT /usr/share/apertium/modes
Tornado's bind() is wrapped so that any address APy asks for becomes 127.0.0.1.
"""
import sys

import tornado.tcpserver

_bind = tornado.tcpserver.TCPServer.bind


def _bind_loopback(self, port, address=None, *args, **kwargs):
    return _bind(self, port, "127.0.0.1", *args, **kwargs)


tornado.tcpserver.TCPServer.bind = _bind_loopback

from apertium_apy.apy import main  # noqa: E402

sys.argv = ["apertium-apy"] + sys.argv[1:]
main()
