#pragma once

#include <QString>

namespace wirescope {

struct Response;
struct SentRequest;

/// The request head as a "telnet transcript" would show it: the request line
/// (`GET /path?query HTTP/1.1`) then one `Name: value` line per header, each line ending in
/// "\n". An exchange that went over HTTP/2 (its headers carry the `:authority`
/// pseudo-header) reads `GET /path HTTP/2`. The request target is the URL's encoded path and
/// query ("/" when the path is empty); the fragment is never sent and never shown.
QString requestHeadText(const SentRequest &request);

/// The response head in the same form: `HTTP/1.1 200 OK` (`HTTP/2 200`: HTTP/2 has no
/// reason phrase) then the headers. A value Qt merged from repeated headers with newlines
/// (Set-Cookie) is split back into one line per value, as it was on the wire.
QString responseHeadText(const Response &response);

} // namespace wirescope
