"""Drops a file on an X window the way a file manager does: the XDND
protocol (version 5) spoken through Xlib with ctypes, so a test can drop a
board on the real app under Xvfb (xdotool cannot drag files)."""

import ctypes
import time
import urllib.parse

xlib = ctypes.cdll.LoadLibrary("libX11.so.6")

ClientMessage, SelectionRequest = 33, 30
SelectionNotify = 31


class ClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("l", ctypes.c_long * 5)]


class SelectionRequestEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("owner", ctypes.c_ulong), ("requestor", ctypes.c_ulong),
                ("selection", ctypes.c_ulong), ("target", ctypes.c_ulong), ("property", ctypes.c_ulong),
                ("time", ctypes.c_ulong)]


class SelectionEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("requestor", ctypes.c_ulong), ("selection", ctypes.c_ulong),
                ("target", ctypes.c_ulong), ("property", ctypes.c_ulong), ("time", ctypes.c_ulong)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("client", ClientMessageEvent), ("request", SelectionRequestEvent),
                ("selection", SelectionEvent), ("pad", ctypes.c_long * 24)]


xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
xlib.XDefaultRootWindow.restype = ctypes.c_ulong
xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
xlib.XCreateSimpleWindow.restype = ctypes.c_ulong
xlib.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_int] * 2 + [ctypes.c_uint] * 3 + \
    [ctypes.c_ulong] * 2
xlib.XInternAtom.restype = ctypes.c_ulong
xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
xlib.XSetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
xlib.XPending.argtypes = [ctypes.c_void_p]
xlib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
xlib.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int,
                                 ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
xlib.XFlush.argtypes = [ctypes.c_void_p]
xlib.XDestroyWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]


def drop_file(display_name, target, x, y, path, timeout=30.0):
    """Drops `path` on X window `target` at root position (x, y). Returns True
    once the target has said it is finished (XdndFinished)."""
    dpy = xlib.XOpenDisplay(display_name.encode())
    if not dpy:
        raise RuntimeError(f"cannot open display {display_name}")
    try:
        atom = {name: xlib.XInternAtom(dpy, name.encode(), 0) for name in (
            "XdndEnter", "XdndPosition", "XdndStatus", "XdndDrop", "XdndFinished", "XdndSelection",
            "XdndActionCopy", "text/uri-list")}
        source = xlib.XCreateSimpleWindow(dpy, xlib.XDefaultRootWindow(dpy), 0, 0, 1, 1, 0, 0, 0)
        xlib.XSetSelectionOwner(dpy, atom["XdndSelection"], source, 0)

        def send(message, *longs):
            ev = XEvent()
            ev.client.type = ClientMessage
            ev.client.window = target
            ev.client.message_type = atom[message]
            ev.client.format = 32
            for i, v in enumerate(longs):
                ev.client.l[i] = v
            xlib.XSendEvent(dpy, target, 0, 0, ctypes.byref(ev))
            xlib.XFlush(dpy)

        def wait(handle):
            deadline = time.monotonic() + timeout
            ev = XEvent()
            while time.monotonic() < deadline:
                while xlib.XPending(dpy):
                    xlib.XNextEvent(dpy, ctypes.byref(ev))
                    if handle(ev):
                        return True
                time.sleep(0.01)
            return False

        uri = ("file://" + urllib.parse.quote(path) + "\r\n").encode()

        def answer_request(ev):
            if ev.type == SelectionRequest:
                r = ev.request
                xlib.XChangeProperty(dpy, r.requestor, r.property, r.target, 8, 0, uri, len(uri))
                reply = XEvent()
                reply.selection.type = SelectionNotify
                reply.selection.requestor = r.requestor
                reply.selection.selection = r.selection
                reply.selection.target = r.target
                reply.selection.property = r.property
                reply.selection.time = r.time
                xlib.XSendEvent(dpy, r.requestor, 0, 0, ctypes.byref(reply))
                xlib.XFlush(dpy)
                return False
            return ev.type == ClientMessage and ev.client.message_type == atom["XdndFinished"]

        send("XdndEnter", source, 5 << 24, atom["text/uri-list"], 0, 0)
        send("XdndPosition", source, 0, (x << 16) | y, 0, atom["XdndActionCopy"])
        if not wait(lambda ev: ev.type == ClientMessage and ev.client.message_type == atom["XdndStatus"]):
            return False
        send("XdndDrop", source, 0, 0)
        finished = wait(answer_request)
        xlib.XDestroyWindow(dpy, source)
        return finished
    finally:
        xlib.XCloseDisplay(dpy)
