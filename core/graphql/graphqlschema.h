#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope::graphql {

enum class TypeKind { Scalar, Object, Interface, Union, Enum, InputObject };

/// An argument of a field or a field of an input type.
struct InputValue
{
    QString name;
    QString type;     ///< as written in SDL: "ID!", "[Book!]!"
    QString typeName; ///< the named type inside the wrappers: "ID", "Book"
    QString defaultValue;
    QString description;

    friend bool operator==(const InputValue &, const InputValue &) = default;
};

struct Field
{
    QString name;
    QString type;
    QString typeName;
    QList<InputValue> args;
    QString description;
    bool deprecated = false;
    QString deprecationReason; ///< empty when none was given (or not deprecated)

    friend bool operator==(const Field &, const Field &) = default;
};

/// A value of an enum type.
struct EnumValue
{
    QString name;
    QString description;
    bool deprecated = false;
    QString deprecationReason;

    friend bool operator==(const EnumValue &, const EnumValue &) = default;
};

struct Type
{
    QString name;
    TypeKind kind = TypeKind::Scalar;
    QString description;
    QList<Field> fields;           ///< Object, Interface
    QList<InputValue> inputFields; ///< InputObject
    QList<EnumValue> enumValues;   ///< Enum
    QStringList possibleTypes;     ///< Interface, Union

    const Field *field(QStringView name) const;
    QStringList enumValueNames() const;
    friend bool operator==(const Type &, const Type &) = default;
};

/// What an introspection query told about a GraphQL service: enough for completion and a
/// schema browser (directives are not kept).
struct Schema
{
    QString queryType;
    QString mutationType;     ///< empty when the service has no mutations
    QString subscriptionType; ///< empty when the service has no subscriptions
    QList<Type> types;        ///< in the order the service listed them

    const Type *type(QStringView name) const;
    bool isEmpty() const { return types.isEmpty(); }
    friend bool operator==(const Schema &, const Schema &) = default;
};

/// The standard introspection query (the one GraphiQL sends, without directives), asking for
/// deprecated fields and enum values too (they are marked, not hidden).
QString introspectionQuery();

/// Parses an introspection result: a whole response {"data": {"__schema": ...}} or just the
/// {"__schema": ...} object. An `errors` answer (introspection disabled, ...) becomes an
/// error carrying the service's first message.
Result<Schema> parseIntrospection(const QByteArray &json);
Result<Schema> parseIntrospection(const QJsonObject &object);

QString typeKindName(TypeKind kind); ///< "OBJECT", "ENUM", ... as introspection spells them

} // namespace wirescope::graphql
