#include "core/model/assertion.h"

#include <array>
#include <utility>

namespace wirescope {

namespace {

constexpr std::array s_targets{
    std::pair{Assertion::Target::Status, u"status"},
    std::pair{Assertion::Target::Header, u"header"},
    std::pair{Assertion::Target::Body, u"body"},
    std::pair{Assertion::Target::JsonPath, u"jsonpath"},
    std::pair{Assertion::Target::ResponseTime, u"time"},
    std::pair{Assertion::Target::BodySize, u"size"},
};

constexpr std::array s_ops{
    std::pair{Assertion::Op::Equals, u"eq"},
    std::pair{Assertion::Op::NotEquals, u"neq"},
    std::pair{Assertion::Op::InRange, u"range"},
    std::pair{Assertion::Op::LessThan, u"lt"},
    std::pair{Assertion::Op::GreaterThan, u"gt"},
    std::pair{Assertion::Op::Exists, u"exists"},
    std::pair{Assertion::Op::NotExists, u"notexists"},
    std::pair{Assertion::Op::Contains, u"contains"},
    std::pair{Assertion::Op::Matches, u"matches"},
    std::pair{Assertion::Op::IsType, u"type"},
    std::pair{Assertion::Op::LengthEquals, u"length"},
};

constexpr std::array s_sources{
    std::pair{Capture::Source::JsonPath, u"jsonpath"},
    std::pair{Capture::Source::Header, u"header"},
    std::pair{Capture::Source::Status, u"status"},
};

template<typename Table, typename E>
QString nameOf(const Table &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromUtf16(name);
    return {};
}

template<typename Table, typename E>
bool valueOf(const Table &table, QStringView name, E *out)
{
    for (const auto &[v, n] : table) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0) {
            *out = v;
            return true;
        }
    }
    return false;
}

} // namespace

QString Assertion::targetName(Target target)
{
    return nameOf(s_targets, target);
}
bool Assertion::targetFromName(QStringView name, Target *out)
{
    return valueOf(s_targets, name, out);
}
QString Assertion::opName(Op op)
{
    return nameOf(s_ops, op);
}
bool Assertion::opFromName(QStringView name, Op *out)
{
    return valueOf(s_ops, name, out);
}
QString Capture::sourceName(Source source)
{
    return nameOf(s_sources, source);
}
bool Capture::sourceFromName(QStringView name, Source *out)
{
    return valueOf(s_sources, name, out);
}

QString Assertion::describe() const
{
    QString text = targetName(target);
    if (!property.isEmpty())
        text += u' ' + property;
    text += u' ' + opName(op);
    if (op == Op::InRange)
        text += u' ' + expected + QStringLiteral("..") + expected2;
    else if (op != Op::Exists && op != Op::NotExists)
        text += u' ' + expected;
    return text;
}

} // namespace wirescope
