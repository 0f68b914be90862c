#include "core/store/jsonreader.h"

namespace wirescope::store {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_rootPath(std::move(path))
    , m_error(std::make_shared<QString>())
{}

JsonReader::JsonReader(const QJsonObject &object,
                       const JsonReader *parent,
                       QLatin1String key,
                       qsizetype index)
    : m_object(object)
    , m_parent(parent)
    , m_key(key)
    , m_index(index)
    , m_error(parent->m_error)
{}

QString JsonReader::path() const
{
    if (!m_parent)
        return m_rootPath;
    QString p = m_parent->childPath(m_key);
    if (m_index >= 0)
        p += u'[' + QString::number(m_index) + u']';
    return p;
}

QString JsonReader::childPath(const QString &key) const
{
    const QString base = path();
    if (base.isEmpty())
        return key;
    if (key.startsWith(u'['))
        return base + key;
    return base + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (m_error->isEmpty())
        *m_error = childPath(key) + QStringLiteral(": ") + message;
}

bool JsonReader::expect(QLatin1String key, const QJsonValue &value, QJsonValue::Type type)
{
    if (value.type() == type)
        return true;
    fail(key, QStringLiteral("expected %1, found %2").arg(typeName(type), typeName(value.type())));
    return false;
}

QString JsonReader::string(QLatin1String key, const QString &fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || !expect(key, v, QJsonValue::String))
        return fallback;
    QString s = v.toString();
    if (s.size() > maxStringLength()) {
        fail(key, QStringLiteral("string too long (%1 characters; the limit is %2)")
                      .arg(s.size())
                      .arg(maxStringLength()));
        return fallback;
    }
    return s;
}

bool JsonReader::boolean(QLatin1String key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || !expect(key, v, QJsonValue::Bool))
        return fallback;
    return v.toBool();
}

qint64 JsonReader::integer(QLatin1String key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || !expect(key, v, QJsonValue::Double))
        return fallback;
    const double d = v.toDouble();
    // 2^53: beyond that a double no longer holds every integer.
    if (d != static_cast<double>(static_cast<qint64>(d)) || d < -9007199254740992.0
        || d > 9007199254740992.0) {
        fail(key, QStringLiteral("expected an integer, found %1").arg(d));
        return fallback;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(key, QStringLiteral("%1 is out of range (%2..%3)").arg(n).arg(min).arg(max));
        return fallback;
    }
    return n;
}

QStringList JsonReader::stringList(QLatin1String key)
{
    QStringList out;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || !expect(key, v, QJsonValue::Array))
        return out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue e = array.at(i);
        if (!e.isString()) {
            fail(QString(QString(key) + u'[' + QString::number(i) + u']'),
                 QStringLiteral("expected a string, found %1").arg(typeName(e.type())));
            return {};
        }
        out.append(e.toString());
    }
    return out;
}

QByteArray JsonReader::base64(QLatin1String key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(key, QStringLiteral("not valid base64"));
        return {};
    }
    return decoded.decoded;
}

void JsonReader::object(QLatin1String key, const std::function<void(JsonReader &)> &fn)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || !expect(key, v, QJsonValue::Object))
        return;
    JsonReader child(v.toObject(), this, key, -1);
    fn(child);
}

void JsonReader::objects(QLatin1String key, const std::function<void(JsonReader &)> &fn)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || !expect(key, v, QJsonValue::Array))
        return;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
        const QJsonValue e = array.at(i);
        if (!e.isObject()) {
            fail(QString(QString(key) + u'[' + QString::number(i) + u']'),
                 QStringLiteral("expected an object, found ") + typeName(e.type()));
            return;
        }
        JsonReader child(e.toObject(), this, key, i);
        fn(child);
    }
}

void putString(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putBool(QJsonObject &object, QLatin1String key, bool value, bool fallback)
{
    if (value != fallback)
        object.insert(key, value);
}

void putInt(QJsonObject &object, QLatin1String key, qint64 value, qint64 fallback)
{
    if (value != fallback)
        object.insert(key, static_cast<double>(value));
}

void putObject(QJsonObject &object, QLatin1String key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putArray(QJsonObject &object, QLatin1String key, const QJsonArray &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putBytes(QJsonObject &object,
              QLatin1String textKey,
              QLatin1String base64Key,
              const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        object.insert(textKey, text);
    else
        object.insert(base64Key, QString::fromLatin1(bytes.toBase64()));
}

QByteArray readBytes(JsonReader &reader, QLatin1String textKey, QLatin1String base64Key)
{
    if (reader.has(base64Key))
        return reader.base64(base64Key);
    return reader.string(textKey).toUtf8();
}

} // namespace wirescope::store
