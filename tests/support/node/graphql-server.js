#!/usr/bin/env node
// GraphQL peer for Wirescope's tests, built on the npm `graphql-yoga` and `graphql` packages.
//
//   node graphql-server.js PORT        serves http://127.0.0.1:PORT/graphql (POST and GET)
//                                      and /closed: the same schema with introspection
//                                      refused (graphql-js's NoSchemaIntrospectionCustomRule)
//
// A small library schema with what the client side has to handle: a query with arguments
// (and a default value), a mutation with an input type, nested object types, an enum, a
// non-null list, and a field whose resolver fails (an `errors[]` entry with a path, the data
// of the other fields still delivered), a deprecated field and a subscription root.
// Introspection is on at /graphql (graphql-yoga's default).
'use strict';
const http = require('http');
const { createSchema, createYoga } = require('graphql-yoga');
const { GraphQLError, NoSchemaIntrospectionCustomRule } = require('graphql');

const port = Number(process.argv[2]);

const typeDefs = /* GraphQL */ `
  "A book's shelf"
  enum Genre {
    FICTION
    SCIENCE
    HISTORY
  }

  type Author {
    id: ID!
    name: String!
    books: [Book!]!
  }

  type Book {
    id: ID!
    title: String!
    genre: Genre!
    year: Int
    author: Author!
    edition: String @deprecated(reason: "not kept any more")
  }

  input BookInput {
    title: String!
    genre: Genre!
    authorId: ID!
    year: Int
  }

  type Query {
    "One book by id; null when there is none"
    book(id: ID!): Book
    books(genre: Genre, first: Int = 10): [Book!]!
    authors: [Author!]!
    "Always fails: its resolver throws"
    closedShelf: [Book!]
  }

  type Mutation {
    addBook(input: BookInput!): Book!
  }

  type Subscription {
    "Each book added from now on"
    bookAdded: Book!
  }
`;

const authors = [
  { id: 'a1', name: 'Ursula K. Le Guin' },
  { id: 'a2', name: 'Carl Sagan' },
];
// Fresh per process: the mutation's additions are visible to later queries of the same run.
const books = [
  { id: 'b1', title: 'The Dispossessed', genre: 'FICTION', year: 1974, authorId: 'a1' },
  { id: 'b2', title: 'Cosmos', genre: 'SCIENCE', year: 1980, authorId: 'a2' },
  { id: 'b3', title: 'A Wizard of Earthsea', genre: 'FICTION', year: 1968, authorId: 'a1' },
];

const resolvers = {
  Query: {
    book: (_, { id }) => books.find((b) => b.id === id) ?? null,
    books: (_, { genre, first }) => books.filter((b) => !genre || b.genre === genre).slice(0, first),
    authors: () => authors,
    closedShelf: () => {
      throw new GraphQLError('the closed shelf cannot be read', {
        extensions: { code: 'SHELF_CLOSED' },
      });
    },
  },
  Mutation: {
    addBook: (_, { input }) => {
      if (!authors.some((a) => a.id === input.authorId))
        throw new GraphQLError(`no author with id ${input.authorId}`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      const book = { id: `b${books.length + 1}`, year: null, ...input };
      books.push(book);
      return book;
    },
  },
  Subscription: {
    bookAdded: {
      // Never yields: the tests only read the schema's subscription root.
      subscribe: async function* () {},
      resolve: (book) => book,
    },
  },
  Book: {
    author: (b) => authors.find((a) => a.id === b.authorId),
    edition: () => null,
  },
  Author: {
    books: (a) => books.filter((b) => b.authorId === a.id),
  },
};

const schema = createSchema({ typeDefs, resolvers });
const yoga = createYoga({ schema, graphiql: false, logging: false });
const closed = createYoga({
  schema,
  graphqlEndpoint: '/closed',
  graphiql: false,
  logging: false,
  plugins: [
    { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) },
  ],
});

const route = (req, res) => (req.url.startsWith('/closed') ? closed : yoga)(req, res);
http.createServer(route).listen(port, '127.0.0.1', () => {
  console.log(`graphql server listening on http://127.0.0.1:${port}/graphql`);
});
