export { densifyLongEdges, densifyRing, splitAtAntimeridian, unwrapRing } from './antimeridian';
export { labelPoint, largestPolygon } from './labelPoint';
export { arealOf, dedupeRing, lonLat, lonRange, polygonsOf, rotateRingToMin, shiftRing, withPolygons, type Areal } from './rings';
export { dropSmallParts, prepareAreal, roundAreal, simplifyAreal, type PrepareOptions } from './simplify';
