// Phaser as the game uses it, for the production build (vite.config.ts points "phaser" here when it
// builds; `npm run dev` and the types keep the whole package). It is Phaser's own "core" selection
// (phaser/src/phaser-core.js) plus the game objects the scenes add beyond it (containers, arcs,
// rectangles, zones, render textures), without physics, tilemaps, particles, sound and the canvas renderer: the
// chunk /play loads shrinks by about a third. A scene that needs another part of Phaser adds it here.
import "phaser-src/polyfills/requestVideoFrame.js";
import Animations from "phaser-src/animations/index.js";
import Cache from "phaser-src/cache/index.js";
import Cameras2D from "phaser-src/cameras/2d/index.js";
import CONST from "phaser-src/const.js";
import Game from "phaser-src/core/Game.js";
import Core from "phaser-src/core/index.js";
import Data from "phaser-src/data/index.js";
import Masks from "phaser-src/display/mask/index.js";
import DOM from "phaser-src/dom/index.js";
import Events from "phaser-src/events/index.js";
import Filters from "phaser-src/filters/index.js";
import BuildGameObject from "phaser-src/gameobjects/BuildGameObject.js";
import Components from "phaser-src/gameobjects/components/index.js";
import Container from "phaser-src/gameobjects/container/Container.js";
import DisplayList from "phaser-src/gameobjects/DisplayList.js";
import GameObjectEvents from "phaser-src/gameobjects/events/index.js";
import GameObject from "phaser-src/gameobjects/GameObject.js";
import GameObjectCreator from "phaser-src/gameobjects/GameObjectCreator.js";
import GameObjectFactory from "phaser-src/gameobjects/GameObjectFactory.js";
import UpdateList from "phaser-src/gameobjects/UpdateList.js";
import "phaser-src/gameobjects/container/ContainerCreator.js";
import "phaser-src/gameobjects/container/ContainerFactory.js";
import Graphics from "phaser-src/gameobjects/graphics/Graphics.js";
import "phaser-src/gameobjects/graphics/GraphicsCreator.js";
import "phaser-src/gameobjects/graphics/GraphicsFactory.js";
import Image from "phaser-src/gameobjects/image/Image.js";
import "phaser-src/gameobjects/image/ImageCreator.js";
import "phaser-src/gameobjects/image/ImageFactory.js";
import Arc from "phaser-src/gameobjects/shape/arc/Arc.js";
import "phaser-src/gameobjects/shape/arc/ArcFactory.js";
import RenderTexture from "phaser-src/gameobjects/rendertexture/RenderTexture.js";
import "phaser-src/gameobjects/rendertexture/RenderTextureCreator.js";
import "phaser-src/gameobjects/rendertexture/RenderTextureFactory.js";
import Rectangle from "phaser-src/gameobjects/shape/rectangle/Rectangle.js";
import "phaser-src/gameobjects/shape/rectangle/RectangleFactory.js";
import Shape from "phaser-src/gameobjects/shape/Shape.js";
import Text from "phaser-src/gameobjects/text/Text.js";
import "phaser-src/gameobjects/text/TextCreator.js";
import "phaser-src/gameobjects/text/TextFactory.js";
import Zone from "phaser-src/gameobjects/zone/Zone.js";
import "phaser-src/gameobjects/zone/ZoneCreator.js";
import "phaser-src/gameobjects/zone/ZoneFactory.js";
import Input from "phaser-src/input/index.js";
import Loader from "phaser-src/loader/index.js";
import Plugins from "phaser-src/plugins/index.js";
import Renderer from "phaser-src/renderer/index.js";
import Scale from "phaser-src/scale/index.js";
import Scenes from "phaser-src/scene/index.js";
import Scene from "phaser-src/scene/Scene.js";
import Structs from "phaser-src/structs/index.js";
import Textures from "phaser-src/textures/index.js";
import Time from "phaser-src/time/index.js";
import Tweens from "phaser-src/tweens/index.js";

export const GameObjects = {
  Arc,
  BuildGameObject,
  Components,
  Container,
  DisplayList,
  Events: GameObjectEvents,
  GameObject,
  GameObjectCreator,
  GameObjectFactory,
  Graphics,
  Image,
  Rectangle,
  RenderTexture,
  Shape,
  Text,
  UpdateList,
  Zone,
};
export const Cameras = { Scene2D: Cameras2D };
export const Display = { Masks };
export {
  Animations,
  Cache,
  Core,
  Data,
  DOM,
  Events,
  Filters,
  Game,
  Input,
  Loader,
  Plugins,
  Renderer,
  Scale,
  Scene,
  Scenes,
  Structs,
  Textures,
  Time,
  Tweens,
};
export const { VERSION, AUTO, CANVAS, WEBGL, HEADLESS, FOREVER, NONE, LEFT, RIGHT, UP, DOWN } = CONST;
