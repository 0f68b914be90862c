#pragma once

#include "core/stream/messagelog.h"

#include <QString>

namespace wirescope::streamtext {

/// A streaming tab's title: @p prefix and the URL's host and path ("WS 127.0.0.1/chat"),
/// shortened to 40 characters; @p emptyTitle when there is no URL.
QString tabTitle(const QString &prefix, const QString &url, const QString &emptyTitle);

/// The counters line under a message list: rate, received and sent (counts and bytes),
/// events and evicted entries.
QString counters(const MessageLogCounters &counters, double incomingPerSecond);

} // namespace wirescope::streamtext
