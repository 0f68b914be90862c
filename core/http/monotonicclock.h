#pragma once

#include <QtGlobal>

namespace wirescope {

/// Nanoseconds on the one monotonic clock (CLOCK_MONOTONIC through std::chrono::steady_clock)
/// that RequestRun and the WireTap relay both read, so instants taken on the relay's thread
/// compare with a run's own instants.
qint64 monotonicNs();

} // namespace wirescope
