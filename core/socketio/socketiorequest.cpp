#include "core/socketio/socketiorequest.h"

#include "core/model/credentials.h"

namespace wirescope {

namespace {

const QString s_kind = QStringLiteral("socket.io");

} // namespace

QJsonObject toJson(const SocketIoRequest &request)
{
    QJsonObject object{{QStringLiteral("kind"), s_kind},
                       {QStringLiteral("url"), request.url},
                       {QStringLiteral("namespace"), request.nsp}};
    if (!credentials::isLiteral(request.auth))
        object.insert(QStringLiteral("auth"), request.auth);
    return object;
}

bool isSocketIoRequestJson(const QJsonObject &object)
{
    return object.value(QStringLiteral("kind")).toString() == s_kind;
}

Result<SocketIoRequest> socketIoRequestFromJson(const QJsonObject &object)
{
    if (!isSocketIoRequestJson(object))
        return Error{
            Error::Kind::Parse,
            QStringLiteral("kind: expected \"socket.io\", this is not a Socket.IO request")};
    SocketIoRequest request;
    for (const auto &[key, field] : {std::pair{QStringLiteral("url"), &request.url},
                                     std::pair{QStringLiteral("namespace"), &request.nsp},
                                     std::pair{QStringLiteral("auth"), &request.auth}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return Error{Error::Kind::Parse, QStringLiteral("%1: expected a string").arg(key)};
        *field = value.toString();
    }
    return request;
}

} // namespace wirescope
