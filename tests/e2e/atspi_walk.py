"""Walk the AT-SPI tree of one application as a screen reader sees it; print it as JSON lines.

Run by the system Python (it needs python3-dbus, which the project does not depend on):
    /usr/bin/python3 atspi_walk.py APP_NAME_PART TIMEOUT_S
Each line: {"role": ..., "name": ..., "showing": bool, "depth": n}. Exit 2 when the application never appears.
"""

import json
import sys
import time

import dbus

ACC = "org.a11y.atspi.Accessible"
LIMIT = 3000  # objects: a guard against a runaway tree


def a11y_bus():
    session = dbus.SessionBus()
    address = session.get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(dbus_interface="org.a11y.Bus")
    return dbus.bus.BusConnection(address)


def node(bus, ref):
    return bus.get_object(ref[0], ref[1], introspect=False)


def props(obj):
    p = dbus.Interface(obj, "org.freedesktop.DBus.Properties")
    return str(p.Get(ACC, "Name")), int(p.Get(ACC, "ChildCount"))


def find_app(bus, part, timeout):
    root = bus.get_object("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root", introspect=False)
    end = time.time() + timeout
    while time.time() < end:
        for ref in root.GetChildren(dbus_interface=ACC):
            try:
                if part.lower() in props(node(bus, ref))[0].lower():
                    return ref
            except dbus.DBusException:
                continue
        time.sleep(0.3)
    return None


def walk(bus, ref, depth, out):
    if len(out) >= LIMIT:
        return
    obj = node(bus, ref)
    name, _count = props(obj)
    role = str(obj.GetRoleName(dbus_interface=ACC))
    states = obj.GetState(dbus_interface=ACC)
    bits = sum(int(s) << (32 * i) for i, s in enumerate(states))
    showing = bool(bits & (1 << 25))  # ATSPI_STATE_SHOWING
    out.append({"role": role, "name": name, "showing": showing, "depth": depth})
    for child in obj.GetChildren(dbus_interface=ACC):
        walk(bus, child, depth + 1, out)


def main():
    part, timeout = sys.argv[1], float(sys.argv[2])
    bus = a11y_bus()
    app = find_app(bus, part, timeout)
    if app is None:
        return 2
    time.sleep(float(sys.argv[3]) if len(sys.argv) > 3 else 1.0)  # the window's tree is built after it shows
    out = []
    walk(bus, app, 0, out)
    for entry in out:
        print(json.dumps(entry, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
