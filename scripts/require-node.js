// Plain JavaScript on purpose: this must parse and run on any old Node, to say why it stops.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split(".")[0]);
if (major < REQUIRED_MAJOR) {
  console.error(
    `Ironclad needs Node.js ${REQUIRED_MAJOR} or newer (this is ${process.version}); install it from https://nodejs.org or run \`nvm install ${REQUIRED_MAJOR}\` (the repository's .nvmrc says ${REQUIRED_MAJOR}).`,
  );
  process.exit(1);
}
