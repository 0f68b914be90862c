#include "core/http/requestsigning.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

namespace wirescope {

void setSignedHeader(KeyValueList &headers, const QString &name, const QString &value)
{
    headers.erase(std::remove_if(headers.begin(), headers.end(),
                                 [&name](const KeyValue &h) {
                                     return h.name.compare(name, Qt::CaseInsensitive) == 0;
                                 }),
                  headers.end());
    headers.append(KeyValue{name, value, true, {}});
}

QString signingNonce(int length)
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString nonce;
    for (int i = 0; i < length; ++i)
        nonce += QLatin1Char(letters[QRandomGenerator::system()->bounded(62)]);
    return nonce;
}

Result<void> addBody(QCryptographicHash &hash, const SignableRequest &request, const QString &auth)
{
    if (request.bodyFile.isEmpty()) {
        hash.addData(request.body);
        return {};
    }
    QFile file(request.bodyFile);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error{Error::Kind::File,
                     QStringLiteral("%1: the body file \"%2\" cannot be read to hash it (%3)")
                         .arg(auth, request.bodyFile, file.errorString())};
    return {};
}

} // namespace wirescope
