#pragma once

#include <QAnyStringView>
#include <QStringList>

#include <initializer_list>

/// A command line for the tests' tables: A({"send", "-X", "POST", url}).
inline QStringList A(std::initializer_list<QAnyStringView> list)
{
    QStringList out;
    for (QAnyStringView v : list)
        out.append(v.toString());
    return out;
}
