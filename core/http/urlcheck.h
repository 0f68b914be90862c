#pragma once

#include "core/model/error.h"

#include <QStringView>

#include <optional>

namespace wirescope {

/// The parts of a URL as the user spelled them (no decoding, no normalising), for messages
/// that quote the user's own text rather than Qt's percent-encoded form.
struct UrlParts
{
    QStringView scheme;   ///< before "://"; empty when the text has none
    QStringView userInfo; ///< before the last '@' of the authority
    QStringView host;     ///< without brackets for an IPv6 literal
    QStringView port;     ///< after the host's ':'; empty when none
    bool bracketedHost = false;
};

/// Splits @p text (trimmed, with or without "scheme://") into its authority parts.
UrlParts splitUrl(QStringView text);

/// A plain-words error naming the part of @p text that is wrong (the host name, the port),
/// or nullopt when those parts look right. Catches what Qt would otherwise report as
/// "Invalid hostname (character '%' not permitted)" about its encoded copy of the URL.
std::optional<Error> checkUrlParts(QStringView text);

/// Qt's QUrl::errorString() without the parts that quote Qt's internal copy of the URL
/// ("; source was ...", "; scheme = ..."), for the technical detail of an error.
QString cleanQtUrlError(const QString &errorString);

} // namespace wirescope
