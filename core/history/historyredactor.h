#pragma once

#include "core/model/keyvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope {

struct Request;

/// Removes what must never reach the history database: the values of Authorization,
/// Proxy-Authorization, Cookie and Set-Cookie headers, literal credentials in a request's
/// auth and proxy settings, the password of a URL's userinfo (`http://user:PASSWORD@host/`,
/// in any text), and every occurrence of the values of secret variables (as text,
/// percent-encoded and as UTF-8 bytes). Each removed value becomes `{{redacted}}`.
class HistoryRedactor final
{
public:
    /// The marker that replaces a removed value.
    static QString marker();

    /// @p secretValues are the values of the variables marked secret (empty ones are
    /// ignored). With @p redactAuthorization false, Authorization headers and the request's
    /// auth fields are kept (the user asked for it); everything else is still redacted.
    explicit HistoryRedactor(const QStringList &secretValues = {}, bool redactAuthorization = true);

    QString redactText(const QString &text) const;
    QByteArray redactBytes(const QByteArray &bytes) const;
    KeyValueList redactHeaders(const KeyValueList &headers) const;
    Request redactRequest(const Request &request) const;

    /// The length in bytes of the longest secret (UTF-8): how far past a cut a secret that
    /// straddles it can reach.
    qsizetype longestSecretBytes() const { return m_longestBytes; }
    bool redactsAuthorization() const { return m_redactAuthorization; }

private:
    QString redactHeaderValue(const QString &name, const QString &value) const;

    QStringList m_texts;       ///< longest first
    QList<QByteArray> m_bytes; ///< longest first
    qsizetype m_longestBytes = 0;
    bool m_redactAuthorization = true;
};

} // namespace wirescope
