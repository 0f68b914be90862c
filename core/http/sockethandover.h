#pragma once

#include <QtGlobal>

namespace wirescope {

/// The system calls behind the WireTap relay's hand-over: giving a socket of this process
/// (Qt's end of its connection to the relay) the relay's server connection instead, so the
/// bytes after the TLS handshake no longer cross the relay. Linux only.
namespace sockethandover {

/// The descriptor in this process whose socket is the other end of the loopback TCP
/// connection @p fd (its local address is @p fd's peer and the other way round), or -1.
int peerDescriptorInProcess(int fd);

/// What the kernel still holds of one direction of a loopback connection from @p writer to
/// @p reader, whose writer has written @p written bytes in all (-1: not known, not compared).
/// True when all of them reached the reader's socket and the reader has read them.
bool directionDrained(int writer, int reader, qint64 written);

/// Makes @p target name @p source's socket (dup3, close-on-exec), after giving @p source the
/// options Qt set on @p target's socket (keep-alive with its timings, no-delay). The socket
/// @p target named before is closed. False (and nothing changed) when dup3 failed.
bool replaceSocket(int source, int target);

} // namespace sockethandover

} // namespace wirescope
