// electron-builder afterPack hook: flips Electron's fuses in the packed binary before it is signed
// and wrapped into the installer. Each fuse closes a way to run the app as something else.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The fuse settings of every OneWindow build (docs/SECURITY.md lists why each is set). */
const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Where the packed Electron binary is for each platform electron-builder packs. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`afterPack: unknown platform ${electronPlatformName}`);
  }
}

async function afterPack(context) {
  await flipFuses(electronBinary(context), {
    ...FUSES,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinary = electronBinary;
