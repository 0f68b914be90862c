#include "core/http/hawkauth.h"

#include "core/http/requestsigning.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, QStringLiteral("Hawk: ") + message};
}

std::optional<QCryptographicHash::Algorithm> algorithmOf(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (lower == QLatin1String("sha1"))
        return QCryptographicHash::Sha1;
    return std::nullopt;
}

/// What a Hawk header attribute may hold (hawk's own check when it parses the
/// header).
bool isAttributeText(const QString &value)
{
    static const QString punctuation = QStringLiteral(" !#$%&'()*+,-./:;<=>?@[]^_`{|}~");
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() < 0x7f && (c.isLetterOrNumber() || punctuation.contains(c));
    });
}

/// The payload hash: "hawk.1.payload\n" + the media type (no parameters, lower
/// case) + "\n"
/// + the body + "\n", hashed and in base64.
Result<QByteArray> payloadHash(const SignableRequest &request, QCryptographicHash::Algorithm alg)
{
    QCryptographicHash hash(alg);
    const QString type = firstValue(request.headers, u"Content-Type");
    hash.addData("hawk.1.payload\n");
    hash.addData(QByteArray(type.section(u';', 0, 0).trimmed().toLower().toUtf8() + '\n'));
    if (Result<void> ok = addBody(hash, request, QStringLiteral("Hawk")); !ok)
        return ok.error();
    hash.addData("\n");
    return hash.result().toBase64();
}

Result<void> check(const HawkSettings &hawk)
{
    if (!algorithmOf(hawk.algorithm))
        return invalid(
            QStringLiteral("the algorithm \"%1\" is not sha256 or sha1").arg(hawk.algorithm));
    if (hawk.id.isEmpty())
        return invalid(QStringLiteral("the Hawk ID is empty, nothing was signed"));
    if (hawk.key.isEmpty())
        return invalid(QStringLiteral("the key is empty, nothing was signed"));
    const std::pair<QString, QString> attributes[] = {{hawk.id, QStringLiteral("Hawk ID")},
                                                      {hawk.ext, QStringLiteral("ext")},
                                                      {hawk.app, QStringLiteral("app")},
                                                      {hawk.dlg, QStringLiteral("dlg")},
                                                      {hawk.nonce, QStringLiteral("nonce")}};
    for (const auto &[value, what] : attributes) {
        if (!isAttributeText(value))
            return invalid(QStringLiteral("the %1 \"%2\" has a character a Hawk header cannot "
                                          "carry (a quote, a backslash or a non-ASCII one)")
                               .arg(what, value));
    }
    return {};
}

} // namespace

Result<void> signHawk(const HawkSettings &hawk,
                      SignableRequest &request,
                      const QString &nonce,
                      const QString &timestamp)
{
    if (Result<void> ok = check(hawk); !ok)
        return ok;
    const QCryptographicHash::Algorithm alg = *algorithmOf(hawk.algorithm);
    QByteArray hash;
    if (hawk.includePayloadHash) {
        const Result<QByteArray> hashed = payloadHash(request, alg);
        if (!hashed)
            return hashed.error();
        hash = *hashed;
    }
    const QUrl &url = request.url;
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                       || url.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    QByteArray resource = url.path(QUrl::FullyEncoded).toUtf8();
    if (resource.isEmpty())
        resource = "/";
    if (url.hasQuery())
        resource += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray ext = hawk.ext.toUtf8();
    ext.replace('\\', "\\\\").replace('\n', "\\n");
    QByteArray normalized = "hawk.1.header\n" + timestamp.toUtf8() + '\n' + nonce.toUtf8() + '\n'
                            + request.method.trimmed().toUpper().toUtf8() + '\n' + resource + '\n'
                            + url.host(QUrl::FullyEncoded).toLower().toUtf8() + '\n'
                            + QByteArray::number(url.port(https ? 443 : 80)) + '\n' + hash + '\n'
                            + ext + '\n';
    if (!hawk.app.isEmpty())
        normalized += hawk.app.toUtf8() + '\n' + hawk.dlg.toUtf8() + '\n';
    const QByteArray mac =
        QMessageAuthenticationCode::hash(normalized, hawk.key.toUtf8(), alg).toBase64();

    QString header =
        QStringLiteral("Hawk id=\"%1\", ts=\"%2\", nonce=\"%3\"").arg(hawk.id, timestamp, nonce);
    if (!hash.isEmpty())
        header += QStringLiteral(", hash=\"%1\"").arg(QString::fromLatin1(hash));
    if (!hawk.ext.isEmpty())
        header += QStringLiteral(", ext=\"%1\"").arg(hawk.ext);
    header += QStringLiteral(", mac=\"%1\"").arg(QString::fromLatin1(mac));
    if (!hawk.app.isEmpty()) {
        header += QStringLiteral(", app=\"%1\"").arg(hawk.app);
        if (!hawk.dlg.isEmpty())
            header += QStringLiteral(", dlg=\"%1\"").arg(hawk.dlg);
    }
    setSignedHeader(request.headers, QStringLiteral("Authorization"), header);
    return {};
}

Result<void> hawkAuthParts(const HawkSettings &hawk, AuthUse use, AuthParts &parts)
{
    if (Result<void> ok = check(hawk); !ok)
        return ok;
    if (use == AuthUse::Code)
        parts.notes.append(QStringLiteral("the Hawk MAC was computed when this code was "
                                          "generated: its timestamp and nonce are "
                                          "fixed in it, and a server refuses it after a minute"));
    parts.sign = [hawk](SignableRequest &request) {
        const QString nonce = hawk.nonce.isEmpty() ? signingNonce(12) : hawk.nonce;
        const QString timestamp = hawk.timestamp.isEmpty()
                                      ? QString::number(QDateTime::currentSecsSinceEpoch())
                                      : hawk.timestamp;
        return signHawk(hawk, request, nonce, timestamp);
    };
    return {};
}

} // namespace wirescope
